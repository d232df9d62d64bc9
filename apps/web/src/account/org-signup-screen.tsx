// Not built yet (issue 14): the route's placeholder.
export { ComingSoonScreen as OrgSignupScreen } from '../org/coming-soon-screen';
