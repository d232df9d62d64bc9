// Not built yet (issue 14): the route's placeholder.
export { ComingSoonScreen as WebhooksScreen } from '../coming-soon-screen';
