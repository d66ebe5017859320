// Marks the current page in the navigation and confirms before leaving an edited form.
(function () {
  'use strict';

  var here = window.location.pathname;
  document.querySelectorAll('.site-header nav a').forEach(function (link) {
    if (link.getAttribute('href') === here || (here === '/index.php' && link.getAttribute('href') === '/')) {
      link.classList.add('active');
    }
  });

  var dirty = false;
  document.querySelectorAll('form textarea, form input').forEach(function (field) {
    field.addEventListener('input', function () { dirty = true; });
  });
  document.querySelectorAll('form').forEach(function (form) {
    form.addEventListener('submit', function () { dirty = false; });
  });
  window.addEventListener('beforeunload', function (event) {
    if (dirty && document.querySelector('textarea[name="content"]')) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
})();
