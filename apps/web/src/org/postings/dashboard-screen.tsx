// Not built yet (issue 14): the route's placeholder.
export { ComingSoonScreen as DashboardScreen } from '../coming-soon-screen';
