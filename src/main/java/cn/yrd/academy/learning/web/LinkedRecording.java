package cn.yrd.academy.learning.web;

import cn.yrd.academy.remote.RecordedSession;

/**
 * A recording a submission points at; {@code kept} is {@code null} once the recording has been deleted.
 */
record LinkedRecording(long sessionId, RecordedSession kept) {

}
