import { eq } from 'drizzle-orm';
import { MEASURE_IDS, MEASURES } from '../../../core/measures/catalogue';
import { reliableChangeThreshold } from '../../../core/measures/change';
import type { MeasureDefinition, MeasureId } from '../../../core/measures/types';
import { measureTexts } from '../../db/schema-outcomes';
import type { Tx } from '../../platform/db';
import type { MeasureView } from './schemas';

type LoadedText = typeof measureTexts.$inferSelect;

/** A definition as this service shows it: with the wording it loaded under its own licence, if any. */
export function measureView(def: MeasureDefinition, loaded: LoadedText | undefined): MeasureView {
  const shipped = def.licence.itemText;
  const wording = shipped === 'service-loaded' ? (loaded ? 'service-loaded' : 'not-loaded') : shipped;
  return {
    id: def.id,
    version: def.version,
    name: def.name,
    shortName: def.shortName,
    purpose: def.purpose,
    respondent: def.respondent,
    instructions: wording === 'service-loaded' ? (loaded?.instructions ?? null) : (def.instructions ?? null),
    scale: { min: def.scale.min, max: def.scale.max },
    items: def.items.map((item, i) => ({
      number: item.number,
      text: wording === 'service-loaded' ? (loaded?.items[i] ?? null) : (item.text ?? null),
      answers: wording === 'service-loaded' ? (loaded?.answers[i] ?? null) : (def.scale.labels ?? null),
      reverse: item.reverse ?? false,
      critical: item.critical !== undefined,
    })),
    subscales: def.subscales,
    bands: def.bands,
    cutOff: def.cutOff?.score ?? null,
    higherIs: def.higherIs,
    reliableChange: { threshold: reliableChangeThreshold(def.reliableChange), source: def.reliableChange.source },
    licence: { name: def.licence.name, notice: def.licence.notice, citation: def.licence.citation },
    wording,
  };
}

/** Every measure as the service shows it. */
export async function serviceMeasures(tx: Tx, serviceId: string): Promise<MeasureView[]> {
  const loaded = await tx.select().from(measureTexts).where(eq(measureTexts.serviceId, serviceId));
  const byMeasure = new Map(loaded.map((t) => [t.measureId, t]));
  return MEASURE_IDS.map((id) => measureView(MEASURES[id], byMeasure.get(id)));
}

/** One measure as the service shows it. */
export async function serviceMeasure(tx: Tx, serviceId: string, id: MeasureId): Promise<MeasureView> {
  const all = await serviceMeasures(tx, serviceId);
  const view = all.find((m) => m.id === id);
  if (!view) throw new Error(`measure ${id} is missing from the catalogue`);
  return view;
}
