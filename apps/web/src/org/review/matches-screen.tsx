// Not built yet (issue 14): the route's placeholder.
export { ComingSoonScreen as MatchesScreen } from '../coming-soon-screen';
