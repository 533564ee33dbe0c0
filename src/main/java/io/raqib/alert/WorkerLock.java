package io.raqib.alert;

/** The webhook workers' lock row: taken for the rest of the transaction, so pods fan out and claim one at a time. */
final class WorkerLock {
    private WorkerLock() {
    }

    static void take() {
        AlertEvent.getEntityManager().createNativeQuery("select id from webhook_worker_lock where id = 1 for update")
                .getResultList();
    }
}
