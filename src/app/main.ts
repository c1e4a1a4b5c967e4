// Entry point: registers Cytoscape extensions once, loads the graph document, mounts the app.

import { mount } from 'svelte';
import App from './App.svelte';
import { loadGraphDocument } from './data/loadGraphDocument.ts';
import { registerExtensions } from './render/registerExtensions.ts';
import './styles.css';

registerExtensions();

const target = document.getElementById('app');
if (!target) throw new Error('main: #app element missing from index.html');

loadGraphDocument(new URLSearchParams(location.search))
  .then((loaded) => {
    target.textContent = '';
    mount(App, { target, props: { doc: loaded.doc, source: loaded.source } });
  })
  .catch((error: unknown) => {
    target.innerHTML = '';
    const p = document.createElement('p');
    p.className = 'boot error';
    p.textContent = `Could not load the graph: ${error instanceof Error ? error.message : String(error)}`;
    target.append(p);
    console.error(error);
  });
