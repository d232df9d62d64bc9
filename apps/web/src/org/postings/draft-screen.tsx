// Not built yet (issue 14): the route's placeholder.
export { ComingSoonScreen as DraftScreen } from '../coming-soon-screen';
