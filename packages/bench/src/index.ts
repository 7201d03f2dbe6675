export { franceTravailCsv } from './fiches-csv';
export { load, percentile, type LoadResult } from './load';
export { cpuSeconds, peakMemoryMiB } from './process-stats';
