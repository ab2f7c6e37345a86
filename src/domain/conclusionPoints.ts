import type { Conventions } from './conventions';

/**
 * How a konklusjon's or a proposal's points print, decided here for every document and screen (innkalling, invite body,
 * saksframlegg, protokoll, register, stage, side panel): several points numbered «1. …», as the seeds' innkallinger and
 * Verdal's innstilling («1. Kommunestyret imøtekommer søknaden … 2. Tore Landstad rykker inn …», verdal.kommune.no, PS 99/19);
 * one point as the text alone, never «1. …» (the seeds' innkalling; Kvalsund's «Ordførers innstilling: Protokoll fra møte
 * godkjennes.», docplayer.me/1299957); and for a committee that writes its vedtak as running text (`conventions.runningText`),
 * several points as paragraphs without numbers: Kvalsund's innstilling in the same kind of sak as Verdal's is written as
 * sentences, not points («Kommunestyret vedtar å gi … fritak fra sine politiske verv … Som nytt …»; a judgement that its
 * sentences are paragraphs: the transcript does not keep them). Blank points (a point being written) do not count.
 */
export function pointsNumbered(points: readonly string[], conventions: Pick<Conventions, 'runningText'> | undefined): boolean {
  return conventions?.runningText !== true && points.filter((point) => point.trim() !== '').length > 1;
}

/** The points as lines of text, «1. …» before each when they are numbered (`pointsNumbered`): the register, a protokoll's lines. */
export function pointLines(points: readonly string[], conventions: Pick<Conventions, 'runningText'> | undefined): string[] {
  return pointsNumbered(points, conventions) ? points.map((point, index) => `${index + 1}. ${point}`) : [...points];
}
