export { PageInfo } from './page-info.type';
export { ConnectionArgs, checkPageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection-args';
export { connectionType, type ConnectionShape, type Edge } from './connection.type';
export { paginate, encodeCursor, decodeCursor, type SortKey } from './paginate';
export { nodeFieldsOf, type PageColumns } from './page-columns';
