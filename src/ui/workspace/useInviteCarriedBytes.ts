import { useEffect, useMemo, useState } from 'react';
import { publicVersion } from '../../domain/confidentiality';
import { inviteVedlegg } from '../../domain/invitation';
import { inviteCarriedBytes } from '../../domain/inviteSize';
import type { AttachmentMode, MeetingFile } from '../../domain/model';
import { renderAgendaHtml, renderInnkallingDocx } from '../../documents';

/**
 * For the send dialog: what the invite carries besides its vedlegg (domain/inviteSize.ts `inviteCarriedBytes`), made as
 * the sender makes it — the innkalling .docx and the body of the public version — so the dialog's fit counts them as the
 * sender's does. Asked only while the dialog is open and the send attaches vedlegg (otherwise the message is far from any
 * limit); the .docx renders with the `documents` chunk, which the send loads anyway. Until it is made, `undefined`: the
 * dialog counts the vedlegg alone, and should the sender then refuse, its refusal carries its own count (NoticePanel).
 * The sharing links do not exist yet: `inviteCarriedBytes` allows for one per vedlegg linked.
 */
export function useInviteCarriedBytes(open: boolean, file: MeetingFile, mode: AttachmentMode, changeSummary: readonly string[]): number | undefined {
  const measured = useMemo(() => {
    if (!open) return undefined;
    const shown = { committee: file.committee, meeting: publicVersion(file).meeting };
    const vedlegg = inviteVedlegg(shown.meeting, mode);
    if (!vedlegg.some((entry) => entry.attached)) return undefined;
    const links = mode === 'file' ? 0 : vedlegg.filter((entry) => entry.stored).length;
    return { shown, bodyHtml: renderAgendaHtml(shown, { attachmentMode: mode, changeSummary: [...changeSummary] }), links };
  }, [open, file, mode, changeSummary]);
  const [carried, setCarried] = useState<{ for: typeof measured; bytes: number } | undefined>(undefined);
  useEffect(() => {
    if (!measured) return undefined;
    let live = true;
    renderInnkallingDocx(measured.shown).then(
      (docx) => live && setCarried({ for: measured, bytes: inviteCarriedBytes(docx.byteLength, measured.bodyHtml, measured.links) }),
      // Not made (the chunk did not load): the vedlegg are counted alone, and the sender's own count stands behind them.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [measured]);
  return carried !== undefined && carried.for === measured ? carried.bytes : undefined;
}
