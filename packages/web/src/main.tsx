import { createRoot } from 'react-dom/client';
import { App } from './app';
import './ui/styles.css';

createRoot(document.getElementById('app')!).render(<App />);
