// Defined in libs/domain (the workflows need them too); re-exported here for existing callers.
export { workflowIds } from '@safecase/domain';
