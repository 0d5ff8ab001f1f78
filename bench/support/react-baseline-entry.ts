/** The smallest React app: what React and ReactDOM alone cost a page, the bundle-size baseline. */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) createRoot(root).render(createElement('p', null, 'Hello'));
