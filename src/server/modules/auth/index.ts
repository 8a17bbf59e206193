export { authRoutes } from './routes';
export { PASSWORD_MIN, NewPassword } from './schemas';
