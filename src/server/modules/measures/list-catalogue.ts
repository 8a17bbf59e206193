import { SCORED_ELSEWHERE_TOOLS, TIMEPOINTS } from '../../../core/measures/catalogue';
import { authorize, withinService, type ServiceCtx } from '../../platform/context';
import { CATALOGUE_ROLES } from './policy';
import type { MeasureCatalogue } from './schemas';
import { serviceMeasures } from './service-measures';

const coded = (labels: Record<string, string>) => Object.entries(labels).map(([code, label]) => ({ code, label }));

/**
 * The measures as this service shows them, with the time points and the other tools whose scores
 * can be recorded. Holds no family data, so reading it is not audited.
 */
export async function listCatalogue({ ctx }: { ctx: ServiceCtx }): Promise<MeasureCatalogue> {
  authorize(ctx, CATALOGUE_ROLES);
  return withinService(ctx, async (tx) => ({
    measures: await serviceMeasures(tx, ctx.serviceId),
    timepoints: coded(TIMEPOINTS),
    scoredElsewhere: coded(SCORED_ELSEWHERE_TOOLS),
  }));
}
