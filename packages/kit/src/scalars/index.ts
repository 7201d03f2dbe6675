export { DateScalar, isIsoDate } from './date.scalar';
export { DateTimeScalar } from './date-time.scalar';
export { MontantScalar } from './montant.scalar';
