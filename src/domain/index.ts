/** The public API of the meeting rules. Outer layers import from here. */
export * from './model';
export * from './richText';
export * from './ports';
export * from './errors';
export * from './dates';
export * from './caseNumbering';
export * from './meetingStatus';
export * from './agendaEditing';
export * from './agendaTemplate';
export * from './blankAgendaItem';
export * from './attachments';
export * from './fileNames';
export * from './limits';
export * from './changeSummary';
export * from './meetingFile';
export * from './noticeChecks';
export * from './minutesApproval';
