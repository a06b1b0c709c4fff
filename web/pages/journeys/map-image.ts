import type { JourneyMap } from '../../../workflows/journeys/journey-map.ts';
import type { Locale } from '../../i18n/locale.ts';
import { columnsSvg } from '../../design/columns-image.ts';

/** What the picture says besides the map's own names, already in the reader's language and digits. */
export interface MapImageWords {
  heading: string;
  channel(channel: string): string;
  minutes(waiting: number, handling: number): string;
}

/** The journey map as a picture: a column per stage, a card per step with its channel and times. */
export function journeyMapSvg(map: JourneyMap, locale: Locale, words: MapImageWords): string {
  return columnsSvg(
    `${words.heading} — ${map.title[locale]}`,
    locale,
    map.stages.map((stage) => ({
      heading: stage.title[locale],
      cards: stage.steps.map((step) => ({
        title: step.title[locale],
        detail: `${words.channel(step.channel)} · ${words.minutes(step.waitingMinutes, step.handlingMinutes)}`,
      })),
    })),
  );
}
