/** One search across the workspace: the header box and the results page. */
export const search = {
  box: {
    label: 'Search',
    placeholder: 'Search entities, gaps, actions…',
    submit: 'Search',
  },
  page: {
    title: 'Search',
    subtitle: 'Entities, services, journeys, workshops, cycles, gaps and actions you may open.',
    prompt: 'Type at least two letters.',
    found_zero: 'Nothing matches “{{query}}”.',
    found_one: 'One result for “{{query}}”.',
    found_two: 'Two results for “{{query}}”.',
    found_few: '{{total}} results for “{{query}}”.',
    found_many: '{{total}} results for “{{query}}”.',
    found_other: '{{total}} results for “{{query}}”.',
    more: 'Showing {{shown}} of {{total}}.',
  },
  kinds: {
    entity: 'Government entities',
    service: 'Services',
    journey: 'Customer journeys',
    workshop: 'Workshops',
    cycle: 'Assessment cycles',
    gap: 'Gaps',
    action: 'Actions',
  },
  errors: {
    too_short: 'Type at least two letters to search.',
  },
};
