// Not built yet (issue 14): the route's placeholder.
export { ComingSoonScreen as ApplicationScreen } from '../coming-soon-screen';
