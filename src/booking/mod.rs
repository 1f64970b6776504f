//! Appointments in the counsellors' slots: availability laid out as slots, the slots that
//! fit a client, and public holidays. Pure: the store holds holds and bookings, enforced
//! there (a unique index over active bookings), and the shell hands the engine free slots.

pub mod availability;
pub mod feed;
pub mod holidays;
pub mod ics;
pub mod matching;
pub mod settings;

pub use availability::Calendar;
pub use matching::{offer, Offer, Wanted};
