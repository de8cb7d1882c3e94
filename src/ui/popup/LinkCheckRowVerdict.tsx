// The linked-source check's result in a popup claim row (the tab's checks, kept by the background for its session).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Claim } from '../../analysis/types';
import type { LinkCheckRecord } from '../../linkcheck/state';
import { VerdictLine } from '../LinkCheckSection';

/** The tab's checks; the popup entry provides them. */
export const LinkChecksContext = createContext<LinkCheckRecord[]>([]);

export function LinkCheckRowVerdict({ claim }: { claim: Claim }) {
  const checks = useContext(LinkChecksContext);
  // The latest finished check of this claim (same id and text: ids are per analysis).
  const record = checks.filter((r) => r.claimId === claim.id && r.claimText === claim.text && r.state.status === 'done').at(-1);
  if (!record || record.state.status !== 'done') return null;
  return <div class="sm-row-verdict"><VerdictLine verdict={record.state.verdict} compact /></div>;
}
