/**
 * Lays out the stage's unseen faces (`stageFacesHtml()` in `stageType.ts`, in stage.html's `#root` with `hidden`) now,
 * in this task: each face's first use pays its font lookups, and here that is paid once the screens' chunk is
 * evaluated, while the first render waits for Graph's answer, rather than in the frame after the answer or in the
 * page's first frame, where the layout held back the entry's script (issue 14: cold load; docs/performance-history.md,
 * h/stage58, h/hint59, h/stage60). Nothing when the page has no such block or it is laid out already.
 */
export function layOutStageFaces(page: Document = document): void {
  const faces = page.querySelector<HTMLElement>('#root > [aria-hidden="true"][hidden]');
  if (!faces) return;
  faces.hidden = false;
  void faces.offsetWidth; // the layout happens here, not in a later frame (by then the answer may be in)
}
