// Behaviour for the GitHub-shaped demo pages: soft navigation like GitHub's, the Edit
// button, "Load more" and the comment composer. Everything is delegated from `document`
// so it keeps working after a soft navigation replaces <main>.
(() => {
  // biome-ignore lint/suspicious/noRedundantUseStrict: a classic <script>, not a module, so strict mode is not implied
  'use strict';

  // --- Soft navigation: fetch the next page, swap <main>, pushState, fire turbo:render.
  async function softNavigate(url, { push = true } = {}) {
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    if (!response.ok) {
      location.href = url;
      return;
    }
    const next = new DOMParser().parseFromString(await response.text(), 'text/html');
    const nextMain = next.querySelector('main');
    if (!nextMain) {
      location.href = url;
      return;
    }
    document.title = next.title;
    const main = document.importNode(nextMain, true);
    // Scripts parsed by DOMParser never run: recreate them so page scripts (the long
    // thread's generator) run after navigation, as Turbo does.
    for (const old of main.querySelectorAll('script:not([type]), script[type="text/javascript"]')) {
      const fresh = document.createElement('script');
      fresh.textContent = old.textContent;
      old.replaceWith(fresh);
    }
    if (push) history.pushState({ softNav: true }, '', url);
    document.querySelector('main').replaceWith(main);
    window.scrollTo(0, 0);
    document.dispatchEvent(new Event('turbo:render', { bubbles: true }));
  }

  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-soft-nav]');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    softNavigate(link.href).catch(() => {
      location.href = link.href;
    });
  });
  window.addEventListener('popstate', () => {
    softNavigate(location.href, { push: false }).catch(() => location.reload());
  });

  // --- A very small Markdown renderer, enough for what people type into the demo.
  const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  function inline(text) {
    return escapeHtml(text)
      .replace(/`([^`]+)`/g, '<code>$1</code>')
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
      .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>')
      .replace(/(^|\s)@([\w-]+)/g, '$1<a class="user-mention" href="#">@$2</a>')
      .replace(/(^|\s)#(\d+)\b/g, '$1<a class="issue-link" href="#">#$2</a>');
  }
  function renderMarkdown(source) {
    const out = [];
    const lines = source.replace(/\r\n?/g, '\n').split('\n');
    for (let i = 0; i < lines.length; ) {
      const line = lines[i];
      if (line.startsWith('```')) {
        const code = [];
        for (i++; i < lines.length && !lines[i].startsWith('```'); i++) code.push(lines[i]);
        i++;
        out.push(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`);
      } else if (/^#{1,6} /.test(line)) {
        out.push(`<h3>${inline(line.replace(/^#+ /, ''))}</h3>`);
        i++;
      } else if (/^\s*([-*]|\d+\.) /.test(line)) {
        const ordered = /^\s*\d+\. /.test(line);
        const items = [];
        for (; i < lines.length && /^\s*([-*]|\d+\.) /.test(lines[i]); i++) {
          items.push(`<li>${inline(lines[i].replace(/^\s*([-*]|\d+\.) (\[[ x]\] )?/, ''))}</li>`);
        }
        out.push(ordered ? `<ol>${items.join('')}</ol>` : `<ul>${items.join('')}</ul>`);
      } else if (line.trim() === '') {
        i++;
      } else {
        const para = [];
        for (; i < lines.length && lines[i].trim() !== '' && !/^(```|#{1,6} |\s*([-*]|\d+\.) )/.test(lines[i]); i++)
          para.push(lines[i]);
        out.push(`<p>${inline(para.join('\n'))}</p>`);
      }
    }
    return out.join('\n');
  }

  // --- Edit: swap the rendered body for a Markdown textarea, as GitHub's editor does.
  document.addEventListener('click', (event) => {
    const button = event.target.closest('[data-demo-edit]');
    if (!button) return;
    const body = document.querySelector('[data-testid="issue-body"]');
    const viewer = body?.querySelector('#issue-body-viewer');
    const source = document.getElementById('issue-body-markdown');
    if (!viewer || !source) return;
    const editor = document.createElement('div');
    editor.className = 'edit-area';
    editor.innerHTML = `<textarea aria-label="Markdown value" placeholder="Type your description here…"></textarea>
      <div class="actions"><button type="button" data-demo-cancel>Cancel</button>
      <button type="button" class="primary" data-demo-update>Update comment</button></div>`;
    editor.querySelector('textarea').value = source.textContent.trim();
    viewer.replaceWith(editor);
    button.disabled = true;
    editor.querySelector('textarea').focus();

    editor.addEventListener('click', (e) => {
      const update = e.target.closest('[data-demo-update]');
      if (!update && !e.target.closest('[data-demo-cancel]')) return;
      if (update) {
        source.textContent = editor.querySelector('textarea').value;
        viewer.querySelector('[data-testid="markdown-body"]').innerHTML =
          `<div class="markdown-body">${renderMarkdown(source.textContent)}</div>`;
      }
      editor.replaceWith(viewer);
      button.disabled = false;
    });
  });

  // --- Load more: append the next hidden comment (a field that appears after load).
  document.addEventListener('click', (event) => {
    const button = event.target.closest('[data-demo-load-more]');
    if (!button) return;
    const template = document.getElementById('more-comments');
    const next = template?.content.querySelector('.comment-box');
    if (!next) return;
    button.before(next);
    if (!template.content.querySelector('.comment-box')) button.remove();
  });

  // --- Comment composer: render the typed Markdown as a new comment.
  document.addEventListener('click', (event) => {
    if (!event.target.closest('[data-demo-comment]')) return;
    const textarea = document.querySelector('#react-issue-comment-composer textarea');
    const text = textarea?.value.trim();
    if (!text) return;
    const comment = document.createElement('div');
    comment.className = 'comment-box react-issue-comment';
    comment.innerHTML = `<div class="comment-header"><span class="avatar" style="background:#6e7781">Y</span>
      <strong>you</strong> commented just now</div>
      <div class="comment-content"><div class="markdown-body" data-testid="markdown-body"><div class="markdown-body"></div></div></div>`;
    comment.querySelector('.markdown-body .markdown-body').innerHTML = renderMarkdown(text);
    document.getElementById('react-issue-comment-composer').before(comment);
    textarea.value = '';
  });
})();
