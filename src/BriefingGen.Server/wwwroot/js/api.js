// Talks to the service. Every call carries the API key when the service asked for one; a 401
// asks the page for the key (once) and tries again.

const keyName = 'briefgen-api-key';
let askForKey = async () => null;

/** Sets how the page asks the user for the API key; it resolves to the key, or null. */
export function onKeyNeeded(ask) {
  askForKey = ask;
}

/** The file name in a Content-Disposition header, preferring the UTF-8 form (RFC 6266). */
export function fileNameOf(disposition, fallback) {
  if (!disposition) return fallback;
  const utf8 = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (utf8) return decodeURIComponent(utf8[1].trim());
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

/**
 * Sends a request; resolves to the Response whatever its status, after asking for the key on a
 * 401. `signal` aborts it (a newer keystroke supersedes an older check).
 */
export async function call(path, { body, signal } = {}) {
  for (let attempt = 0; ; attempt++) {
    const headers = {};
    const key = sessionStorage.getItem(keyName);
    if (key) headers['Authorization'] = 'Bearer ' + key;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      credentials: 'same-origin',
    });
    if (response.status !== 401 || attempt > 0) return response;
    const given = await askForKey();
    if (!given) return response;
    sessionStorage.setItem(keyName, given);
  }
}

/** The answer's JSON, or a problem made up from its status when the body is not JSON. */
export async function json(response) {
  try {
    return await response.json();
  } catch {
    return { status: response.status, code: 'unreadable', title: `The service answered ${response.status}.` };
  }
}
