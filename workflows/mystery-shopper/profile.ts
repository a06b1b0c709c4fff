/** The channels a mystery shopper measures: a visit to the centre, a call, the website, the app. */
export const shopperChannels = ['centre', 'phone', 'website', 'app'] as const;
export type ShopperChannel = (typeof shopperChannels)[number];

export const nationalityGroups = ['citizen', 'gcc', 'arab', 'asian', 'western', 'african', 'other'] as const;
export const ageBands = ['18_29', '30_44', '45_59', '60_plus'] as const;
export const genders = ['female', 'male'] as const;
export const shopperLanguages = ['ar', 'en', 'other'] as const;

/** The attributes a programme balances across a centre's visits, so one kind of customer does not speak for all. */
export interface ShopperProfile {
  nationalityGroup: (typeof nationalityGroups)[number];
  ageBand: (typeof ageBands)[number];
  gender: (typeof genders)[number];
  language: (typeof shopperLanguages)[number];
  disability: boolean;
}

/** Two shoppers with the same key count as one kind of customer when a centre's mix is judged. */
export function profileKey(p: ShopperProfile): string {
  return `${p.nationalityGroup}|${p.ageBand}|${p.gender}|${p.language}|${p.disability ? 'd' : '-'}`;
}
