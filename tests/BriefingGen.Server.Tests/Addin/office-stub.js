// A recording stand-in for Office.js, served in place of Microsoft's CDN file in the task pane
// tests. It answers as Word would for the calls the task pane makes and records each call in
// window.officeCalls. The test sets window.officeSetup first: { host, file (base64 .docx the
// document holds), wordApi (highest WordApi version), dataParts (namespaces of custom XML parts) }.
(() => {
  const setup = window.officeSetup ?? { host: null };
  const calls = (window.officeCalls = []);
  const succeeded = value => ({ status: 'succeeded', value });
  const versionAtLeast = (have, want) => {
    const [a, b] = [have, want].map(v => v.split('.').map(Number));
    return a[0] > b[0] || (a[0] === b[0] && (a[1] ?? 0) >= (b[1] ?? 0));
  };
  const parts = (setup.dataParts ?? []).map((namespace, i) => ({
    id: `{part-${i}}`,
    namespaceUri: namespace,
    deleteAsync(callback) { calls.push({ call: 'customXmlPart.deleteAsync', namespace }); callback(succeeded()); },
  }));

  window.Office = {
    HostType: { Word: 'Word', Excel: 'Excel' },
    FileType: { Compressed: 'compressed' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady(callback) {
      const info = { host: setup.host, platform: setup.host ? 'OfficeOnline' : null };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      requirements: {
        isSetSupported(name, version) {
          if (name === 'WordApi') return versionAtLeast(setup.wordApi ?? '1.5', version ?? '1.1');
          return name === 'CustomXmlParts';
        },
      },
      document: {
        getFileAsync(type, options, callback) {
          calls.push({ call: 'getFileAsync', type });
          const bytes = Uint8Array.from(atob(setup.file ?? ''), c => c.charCodeAt(0));
          const size = options?.sliceSize ?? 4194304;
          const count = Math.max(1, Math.ceil(bytes.length / size));
          callback(succeeded({
            size: bytes.length,
            sliceCount: count,
            getSliceAsync(index, done) { done(succeeded({ index, data: Array.from(bytes.subarray(index * size, (index + 1) * size)) })); },
            closeAsync(done) { calls.push({ call: 'file.closeAsync' }); done?.(succeeded()); },
          }));
        },
        customXmlParts: {
          getByNamespaceAsync(namespace, callback) {
            calls.push({ call: 'customXmlParts.getByNamespaceAsync', namespace });
            callback(succeeded(parts.filter(p => p.namespaceUri === namespace)));
          },
        },
      },
    },
  };

  window.Word = {
    run: async batch => {
      const context = {
        document: {
          insertFileFromBase64(base64, location, options) { calls.push({ call: 'document.insertFileFromBase64', base64, location, options }); },
          body: { insertFileFromBase64(base64, location) { calls.push({ call: 'body.insertFileFromBase64', base64, location }); } },
        },
        sync: async () => { calls.push({ call: 'sync' }); },
      };
      return batch(context);
    },
  };
})();
