// Right: a simulator speaks the host protocols to the real surfaces (and uses what the tenant may).
import { answerTeamsRequest } from '../../src/hosts/teams/testing/teamsHostProtocol';
import { restToEwsId } from '../../src/hosts/outlook/simulatorProtocol';
import { MeetingFileSchema } from '../../src/domain/model';

export const probe = [answerTeamsRequest, restToEwsId, MeetingFileSchema];
