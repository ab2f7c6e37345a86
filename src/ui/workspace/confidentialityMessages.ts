/** The `confidentiality` namespace: marking saker and vedlegg unntatt offentlighet in the workspace. `nb` is the source of keys. */
const nb = {
  'heading': 'Offentlighet',
  'exempt': 'Saken er unntatt offentlighet',
  'caseMemo': 'Saksframlegget er unntatt offentlighet',
  'closed': 'Saken behandles i lukket møte',
  'basis': 'Hjemmel',
  'basis.other': 'Annen hjemmel …',
  'basis.otherText': 'Skriv hjemmelen',
  'basis.required': 'Hjemmelen mangler: velg en hjemmel eller skriv den inn.',
  'publicTitle': 'Offentlig tittel (valgfri)',
  'publicTitle.hint': 'Vises der den egentlige tittelen ikke kan stå. Uten offentlig tittel står det «Unntatt offentlighet».',
  'publicText': 'Offentlig tekst (valgfri)',
  'publicText.hint': 'Står i den offentlige versjonen i stedet for sakens tekst og konklusjon.',
  'grants': 'Observatører og gjester med tilgang til denne saken',
  'grants.none': 'Møteorganet har ingen observatører eller gjester.',
  'attachmentExempt': 'Unntatt offentlighet: {{name}}',
  'afterNotice.title': 'Innkallingen er allerede sendt',
  'afterNotice.body': 'Tidligere innkallinger inneholdt dette: {{what}}. Disse mottok den: {{people}}. Ta kontakt med mottakerne om innholdet må behandles som taushetsbelagt.',
};
type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'heading': 'Offentlegheit',
  'exempt': 'Saka er unnateken offentlegheit',
  'caseMemo': 'Saksframlegget er unnateke offentlegheit',
  'closed': 'Saka blir handsama i lukka møte',
  'basis': 'Heimel',
  'basis.other': 'Annan heimel …',
  'basis.otherText': 'Skriv heimelen',
  'basis.required': 'Heimelen manglar: vel ein heimel eller skriv han inn.',
  'publicTitle': 'Offentleg tittel (valfri)',
  'publicTitle.hint': 'Blir vist der den eigentlege tittelen ikkje kan stå. Utan offentleg tittel står det «Unnateke offentlegheit».',
  'publicText': 'Offentleg tekst (valfri)',
  'publicText.hint': 'Står i den offentlege versjonen i staden for teksten og konklusjonen i saka.',
  'grants': 'Observatørar og gjester med tilgang til denne saka',
  'grants.none': 'Møteorganet har ingen observatørar eller gjester.',
  'attachmentExempt': 'Unnateke offentlegheit: {{name}}',
  'afterNotice.title': 'Innkallinga er alt send',
  'afterNotice.body': 'Tidlegare innkallingar inneheldt dette: {{what}}. Desse fekk ho: {{people}}. Ta kontakt med mottakarane om innhaldet må handsamast som teiepliktig.',
};

const en: Record<Key, string> = {
  'heading': 'Public access',
  'exempt': 'This item is exempt from public access',
  'caseMemo': 'The case memo is exempt from public access',
  'closed': 'This item is dealt with in a closed meeting',
  'basis': 'Legal basis',
  'basis.other': 'Other legal basis …',
  'basis.otherText': 'Type the legal basis',
  'basis.required': 'The legal basis is missing: choose one or type it.',
  'publicTitle': 'Public title (optional)',
  'publicTitle.hint': 'Shown where the real title may not appear. Without a public title it says "Unntatt offentlighet".',
  'publicText': 'Public text (optional)',
  'publicText.hint': 'Shown in the public version instead of the item text and conclusion.',
  'grants': 'Observers and guests with access to this item',
  'grants.none': 'The committee has no observers or guests.',
  'attachmentExempt': 'Exempt from public access: {{name}}',
  'afterNotice.title': 'The notice has already been sent',
  'afterNotice.body': 'Earlier notices contained this: {{what}}. These people received it: {{people}}. Contact the recipients if the content must be treated as confidential.',
};

export const confidentialityMessages = { nb, nn, en };
