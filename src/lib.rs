//! VM Migration Lab: the web app.
