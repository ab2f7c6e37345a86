// Right: documents import the domain (through its index too) and docx.
import { Document } from 'docx';
import { DomainError } from '../domain/errors';
import { renderAgendaHtml } from './html/agendaHtml';

export const probe = [Document, DomainError, renderAgendaHtml];
