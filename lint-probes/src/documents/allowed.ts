// Right: documents import the domain (through its index too), docx and pdf-lib.
import { Document } from 'docx';
import { PDFDocument } from 'pdf-lib';
import { DomainError } from '../domain/errors';
import { renderAgendaHtml } from './html/agendaHtml';

export const probe = [Document, PDFDocument, DomainError, renderAgendaHtml];
