// Not built yet (issue 14): the route's placeholder.
export { ComingSoonScreen as SettingsScreen } from '../coming-soon-screen';
