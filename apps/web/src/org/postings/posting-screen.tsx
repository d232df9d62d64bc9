// Not built yet (issue 14): the route's placeholder.
export { ComingSoonScreen as PostingScreen } from '../coming-soon-screen';
