export { franceTravailCsv } from './fiches-csv';
export { closedLoop, load, percentile, type LoadResult } from './load';
export { cpuSeconds, peakMemoryMiB } from './process-stats';
