//! Password checks for `kinerja serve`, on threads of their own. argon2 takes 19 MiB for each
//! check; the allocator keeps that memory in the arena of the thread that used it, so checks
//! spread over tokio's blocking threads left ~18 MiB behind per sign-in (one arena per new
//! thread). Two fixed threads keep it to two arenas, and bound how many checks run at once.
//! They also hash the new passwords of the sessions' forms (`Prepare`), off the office loop.

use std::sync::{mpsc, Arc, Mutex};

/// How many checks run at once.
const THREADS: usize = 2;

type PrepareResult = Result<crate::app::services::passwords::Prepared, crate::store::StoreError>;

enum Job {
    /// A sign-in's password against its hash.
    Verify {
        password: String,
        hash: String,
        reply: tokio::sync::oneshot::Sender<bool>,
    },
    /// The argon2 work an effect of a session waits for.
    Prepare {
        work: crate::app::services::passwords::PasswordWork,
        done: Box<dyn FnOnce(PrepareResult) + Send>,
    },
}

/// Hands password checks to its threads; they end when the last `Verifier` is dropped.
#[derive(Clone)]
pub struct Verifier {
    jobs: mpsc::Sender<Job>,
}

impl Verifier {
    pub fn start() -> std::io::Result<Verifier> {
        let (jobs, queue) = mpsc::channel::<Job>();
        let queue = Arc::new(Mutex::new(queue));
        for i in 0..THREADS {
            let queue = queue.clone();
            std::thread::Builder::new()
                .name(format!("kinerja-argon2-{i}"))
                .spawn(move || work(&queue))?;
        }
        Ok(Verifier { jobs })
    }

    /// Whether `password` matches `hash`; `false` when the threads are gone.
    pub async fn verify(&self, password: String, hash: String) -> bool {
        let (reply, answer) = tokio::sync::oneshot::channel();
        let job = Job::Verify {
            password,
            hash,
            reply,
        };
        if self.jobs.send(job).is_err() {
            return false;
        }
        answer.await.unwrap_or(false)
    }

    /// Does `work` on a verifier thread and hands `done` its results; `false` when the threads
    /// are gone (`done` is then not called).
    pub fn prepare(
        &self,
        work: crate::app::services::passwords::PasswordWork,
        done: impl FnOnce(PrepareResult) + Send + 'static,
    ) -> bool {
        let job = Job::Prepare {
            work,
            done: Box::new(done),
        };
        self.jobs.send(job).is_ok()
    }
}

fn work(queue: &Mutex<mpsc::Receiver<Job>>) {
    loop {
        // The lock is held only while waiting for the next job, not while checking it.
        let next = match queue.lock() {
            Ok(receiver) => receiver.recv(),
            Err(_) => return,
        };
        let Ok(job) = next else { return };
        match job {
            Job::Verify {
                password,
                hash,
                reply,
            } => {
                let matched = crate::app::services::auth::verify_password(&password, &hash);
                let _ = reply.send(matched);
            }
            Job::Prepare { work, done } => {
                done(crate::app::services::passwords::Prepared::compute(&work));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn checks_a_password_against_its_hash() {
        let hash = crate::app::services::auth::hash_password("rahasia-uji").unwrap();
        let v = Verifier::start().unwrap();
        assert!(v.verify("rahasia-uji".into(), hash.clone()).await);
        assert!(!v.verify("salah".into(), hash).await);
    }
}
