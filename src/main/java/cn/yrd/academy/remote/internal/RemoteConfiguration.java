package cn.yrd.academy.remote.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * The tunnel's WebSocket endpoint at {@value #TUNNEL_PATH}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
@EnableConfigurationProperties(RemoteProperties.class)
class RemoteConfiguration implements WebSocketConfigurer {

	static final String TUNNEL_PATH = "/remote/tunnel";

	private final GuacamoleTunnelHandler handler;

	private final TunnelHandshake handshake;

	RemoteConfiguration(GuacamoleTunnelHandler handler, TunnelHandshake handshake) {
		this.handler = handler;
		this.handshake = handshake;
	}

	@Override
	public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
		// TunnelHandshake checks the Origin itself, stricter than Spring's check (which lets a missing one pass).
		registry.addHandler(handler, TUNNEL_PATH).addInterceptors(handshake).setAllowedOriginPatterns("*");
	}

	/**
	 * Tomcat's default 8 KiB message buffer would close the tunnel on a clipboard chunk with a bare 1009; the
	 * tunnel's own, translated limit ({@code academy.remote.max-message-length}) applies below this size.
	 */
	@Bean
	ServletServerContainerFactoryBean webSocketContainer(RemoteProperties properties) {
		ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
		int buffer = Math.max(64 * 1024, properties.maxMessageLength() * 2);
		container.setMaxTextMessageBufferSize(buffer);
		container.setMaxBinaryMessageBufferSize(8 * 1024);
		return container;
	}

}
