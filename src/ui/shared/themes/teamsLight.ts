// One Fluent theme per chunk: a page loads only the theme its host shows (see ../themes.ts).
export { teamsLightTheme as theme } from '@fluentui/react-components';
