// Not built yet (issue 14): the route's placeholder.
export { ComingSoonScreen as MembersScreen } from '../coming-soon-screen';
