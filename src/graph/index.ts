/**
 * src/graph: the layer between the meeting model and Microsoft 365 (see README.md). Surfaces use
 * `createGraphServices`; the parts are exported for tests and tools.
 */
export { createGraphServices, type GraphServices } from './graphServices';
export { SharePointMeetingRepository, type SharePointRepositoryOptions } from './sharePointMeetingRepository';
export { sendNotice, sendUpdatedNotice, noticeTransactionId, type NoticeProgress, type NoticeStep, type NoticeSenderDeps } from './noticeSender';
export { CalendarGateway } from './calendarGateway';
export { MailGateway, type MailSender, type OutgoingMail } from './mailGateway';
export { createMinutesService, minutesRecipients, type MinutesService, type MinutesRecipients, type StoredMinutes } from './minutesService';
export { FilesGateway } from './filesGateway';
export { ListsGateway, type ProvisioningReport } from './listsGateway';
export { createGraphClientFactory, type GraphClientFactory, type GraphClientOptions } from './graphClient';
export { GraphRequestError, failureReason, graphErrorKind, normaliseGraphError, type GraphErrorKind } from './graphError';
export type { RequestRecord, FetchLike } from './middleware/fetchMiddleware';
