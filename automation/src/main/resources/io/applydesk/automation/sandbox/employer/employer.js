// The styled "Upload your resume" button opens the hidden file input; the chip shows the chosen file's name.
document.addEventListener('click', event => {
  const button = event.target.closest('[data-for]');
  if (button) document.getElementById(button.dataset.for).click();
});
document.addEventListener('change', event => {
  const chip = document.querySelector('[data-chip-for="' + event.target.id + '"]');
  if (chip) chip.textContent = event.target.files.length ? event.target.files[0].name : '';
});
