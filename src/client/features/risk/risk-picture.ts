/** The ranked risk picture for an office profile, as the risk picture page and the report show it. */
import type { Content } from '../../../content/schema.ts';
import type { OfficeProfile } from '../../../core/office-profile.ts';
import { rankRiskDomains, type RiskScan } from '../../../core/risk-scan.ts';

export function riskPictureFor(scan: RiskScan, profile: OfficeProfile, risks: Content['risks']) {
  // A feature ticked for another kind of body (before the office changed) does not count here.
  const features = scan.features.filter((id) =>
    risks.features.find((feature) => feature.id === id)?.bodies.includes(profile.body),
  );
  return {
    picture: rankRiskDomains({ ...scan, features }, profile.office, profile.body),
    empty: features.length === 0 && scan.processes.length === 0,
  };
}
