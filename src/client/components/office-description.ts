/** Describes an office profile in words, e.g. "Wethouder, Utrecht". */
import type { FrameContent } from '../i18n/locale-bundle.ts';
import type { OfficeProfile } from '../../core/office-profile.ts';

export function describeOffice(profile: OfficeProfile, content: FrameContent): string {
  const office =
    content.offices.offices.find((entry) => entry.id === profile.office)?.name ?? profile.office;
  const body =
    content.offices.bodies.find((entry) => entry.id === profile.body)?.name ?? profile.body;
  const where = profile.area?.name ?? body;
  return `${office}, ${where}`;
}
