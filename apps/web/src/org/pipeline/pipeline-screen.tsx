// Not built yet (issue 14): the route's placeholder.
export { ComingSoonScreen as PipelineScreen } from '../coming-soon-screen';
