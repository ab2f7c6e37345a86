import { startLoadingTeamsJsInTeams } from './loadTeamsJs';

// Imported first by the workspace's entry (src/ui/workspace/main.tsx), for this side effect: modules
// are evaluated in the order they are imported, so in Teams teams-js is on its way before the rest of
// the entry is evaluated (see startLoadingTeamsJsInTeams). In a plain browser it does nothing.
startLoadingTeamsJsInTeams(window);
