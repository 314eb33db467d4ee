/* Dealscope embed loader: sizes Dealscope frames to their content; trusts only its own origin. */
(function () {
  var script = document.currentScript;
  var origin = script && new URL(script.src, location.href).origin;
  addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data, height = 0, match;
    if (data && data.sentinel === 'amp' && data.type === 'embed-size') height = Number(data.height);
    else if (typeof data === 'string' && (match = /^pymxPYMx[\w-]+xPYMxheightxPYMx(\d+)$/.exec(data))) height = Number(match[1]);
    if (!(height > 0 && height < 100000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = height + 'px';
    }
  });
})();
