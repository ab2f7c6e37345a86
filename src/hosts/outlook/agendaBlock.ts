/**
 * Read-modify-write of Møtebok's block in an appointment body: the organiser's own text before and
 * after the block is kept byte for byte, and inserting again replaces only the block. Pure string
 * functions, so they are tested without Outlook.
 */
export interface BlockMarkers {
  start: string;
  end: string;
}

/** Where the block sits in the body, or undefined when the body has no (complete) block. */
export function findBlock(bodyHtml: string, markers: BlockMarkers): { from: number; to: number } | undefined {
  const from = bodyHtml.indexOf(markers.start);
  if (from < 0) return undefined;
  const endAt = bodyHtml.indexOf(markers.end, from + markers.start.length);
  if (endAt < 0) return undefined;
  return { from, to: endAt + markers.end.length };
}

export function extractBlock(bodyHtml: string, markers: BlockMarkers): string | undefined {
  const found = findBlock(bodyHtml, markers);
  return found ? bodyHtml.slice(found.from, found.to) : undefined;
}

/**
 * Puts `blockHtml` (which starts and ends with the markers) into the body: in place of the old
 * block if there is one, otherwise at the top of <body> so the agenda comes before the Teams
 * join link Outlook appends at the end.
 */
export function replaceBlock(bodyHtml: string, blockHtml: string, markers: BlockMarkers): string {
  if (!blockHtml.startsWith(markers.start) || !blockHtml.endsWith(markers.end)) {
    throw new Error('The agenda block must start and end with its markers.');
  }
  const found = findBlock(bodyHtml, markers);
  if (found) return bodyHtml.slice(0, found.from) + blockHtml + bodyHtml.slice(found.to);
  const bodyTag = /<body\b[^>]*>/i.exec(bodyHtml);
  if (bodyTag) {
    const at = bodyTag.index + bodyTag[0].length;
    return bodyHtml.slice(0, at) + blockHtml + bodyHtml.slice(at);
  }
  return blockHtml + bodyHtml;
}
