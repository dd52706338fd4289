/** The facilitator's key from the address's fragment (see links.ts); undefined before mount or when absent. */
import { useEffect, useState } from 'react';
import { readFacilitatorFragment, type FacilitatorKey } from '../../../core/group-session/links.ts';

export function useFacilitatorKey(): FacilitatorKey | undefined | 'missing' {
  const [key, setKey] = useState<FacilitatorKey | 'missing'>();
  useEffect(() => {
    const read = () => setKey(readFacilitatorFragment(window.location.hash) ?? 'missing');
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  return key;
}
