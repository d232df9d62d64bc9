// Not built yet (issue 14): the route's placeholder.
export { ComingSoonScreen as SourcingScreen } from '../coming-soon-screen';
